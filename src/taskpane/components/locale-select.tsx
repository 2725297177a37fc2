import { Field, Select } from '@fluentui/react-components';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../engine';

export interface LocaleSelectProps {
  readonly label: string;
  readonly value: Locale;
  readonly onChange: (locale: Locale) => void;
  readonly testId?: string;
}

/** A language picker: each language named in itself, as Outlook's language list shows it. */
export function LocaleSelect({ label, value, onChange, testId }: LocaleSelectProps) {
  return (
    <Field label={label} size="small">
      <Select size="small" value={value} onChange={(_, data) => onChange(data.value as Locale)} data-testid={testId}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
