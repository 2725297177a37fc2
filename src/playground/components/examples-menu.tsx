import { Menu, MenuButton, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { DocumentBulletListRegular } from '@fluentui/react-icons';
import type { Locale } from '../../engine';
import { EXAMPLES } from '../examples';
import type { PlaygroundSession } from '../session';
import { t } from '../strings';

/** Opens a new message, blank or from one of the example drafts. */
export function ExamplesMenu({ session, locale }: { readonly session: PlaygroundSession; readonly locale: Locale }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton icon={<DocumentBulletListRegular />} data-testid="examples-menu">
          {t('examples', locale)}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem data-example="new" onClick={() => void session.openExample({ message: {} })}>
            {t('newMessage', locale)}
          </MenuItem>
          <MenuDivider />
          {EXAMPLES.map((example) => (
            <MenuItem key={example.id} data-example={example.id} onClick={() => void session.openExample(example)}>
              {example.title[locale]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
