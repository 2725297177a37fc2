/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CheckboxField, TextField } from '../../src/taskpane/components/review-controls';

function Tick() {
  const [checked, setChecked] = useState(false);
  return <CheckboxField label="群发已经部门负责人批准" checked={checked} aria-describedby="status" data-part="review-confirm" onChange={setChecked} />;
}

test('the checkbox is a native one named by its label, which ticks it; the drawn box shows the tick and is hidden from screen readers', () => {
  const { container } = render(<Tick />);
  const box = screen.getByRole('checkbox', { name: '群发已经部门负责人批准' }) as HTMLInputElement;
  expect(box.getAttribute('aria-describedby')).toBe('status');
  expect(box.dataset.part).toBe('review-confirm');
  expect(container.querySelector('[aria-hidden="true"] svg')).toBeNull();
  fireEvent.click(screen.getByText('群发已经部门负责人批准'));
  expect(box.checked).toBe(true);
  expect(container.querySelector('[aria-hidden="true"] svg')).not.toBeNull();
});

test('the text field passes each value on and keeps its native attributes', () => {
  const values: string[] = [];
  render(
    <>
      <label htmlFor="ref">群发申请表编号</label>
      <TextField id="ref" value="" required maxLength={200} aria-invalid onChange={(value) => values.push(value)} />
    </>,
  );
  const field = screen.getByRole('textbox', { name: '群发申请表编号' }) as HTMLInputElement;
  expect(field.required).toBe(true);
  expect(field.maxLength).toBe(200);
  expect(field.getAttribute('aria-invalid')).toBe('true');
  fireEvent.change(field, { target: { value: 'QF-1' } });
  expect(values).toEqual(['QF-1']);
});
