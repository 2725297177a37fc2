// One compiler pipeline (ts-loader) for every surface. Each entry is its own configuration so
// that each gets the target its runtime needs.
const path = require('node:path');
const webpack = require('webpack');

const dist = path.resolve(__dirname, 'dist');

const typescriptRule = (compilerOptions = {}) => ({
  test: /\.tsx?$/u,
  exclude: /node_modules/u,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions } },
});

/** The `preflight` command: one file for Node, dependencies bundled so the bin needs no install step beyond npm's. */
const cli = (mode) => ({
  name: 'cli',
  mode,
  target: 'node20',
  entry: { preflight: './src/cli/main.ts' },
  output: { path: path.join(dist, 'cli'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  module: { rules: [typescriptRule({ target: 'ES2022' })] },
  optimization: { minimize: false },
  devtool: false,
  plugins: [new webpack.BannerPlugin({ banner: 'Preflight CLI. Built file: edit src/cli instead.', entryOnly: true })],
});

/** `npm run bench`: the benchmarks, built like the CLI so they measure the shipped code. */
const bench = () => ({
  ...cli('production'),
  name: 'bench',
  entry: { bench: './bench/index.ts' },
  output: { path: path.join(dist, 'bench'), filename: '[name].js', clean: true },
  plugins: [],
});

module.exports = (env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  if (env && env.bench) return [bench()];
  return [cli(mode)];
};
