import { Button } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';

/** The small × that removes one recipient or attachment; `label` names what it removes. */
export function RemoveButton({ label, onClick }: { readonly label: string; onClick(): void }) {
  return <Button size="small" appearance="subtle" icon={<DismissRegular />} aria-label={label} title={label} onClick={onClick} />;
}
