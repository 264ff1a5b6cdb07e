import { Checkbox, MultiSelect, Stack, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { foldText } from '../../../lib/text';

/** Matches "nghe" to "Nghệ An": Vietnamese users often type without diacritics. */
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldText(search.trim());
  return options.filter((option) => 'value' in option && foldText((option as ComboboxItem).label).includes(needle));
};

/** A province a user can be given: its code and what to show. */
export type ScopeOption = { value: string; label: string };

/** Props of {@link ScopeInput}. */
export type ScopeInputProps = { value: string[]; onChange: (value: string[]) => void; options: ScopeOption[]; error?: string };

/** The provinces a user works on: all (`['*']`) or a chosen few. */
export function ScopeInput({ value, onChange, options, error }: ScopeInputProps) {
  const { t } = useTranslation();
  const all = value.includes('*');
  // Codes the list does not know (an old unit, a list that failed to load) stay visible and removable.
  const known = new Set(options.map((o) => o.value));
  const data = [...options, ...value.filter((code) => code !== '*' && !known.has(code)).map((code) => ({ value: code, label: code }))];
  return (
    <Stack gap="xs">
      <Checkbox
        label={t('users.fields.allProvinces')}
        checked={all}
        onChange={(event) => onChange(event.currentTarget.checked ? ['*'] : [])}
        data-testid="user-scope-all"
      />
      <MultiSelect
        label={t('users.fields.scope')}
        placeholder={all ? undefined : t('users.fields.scopePlaceholder')}
        data={data}
        value={all ? [] : value}
        onChange={onChange}
        disabled={all}
        searchable
        filter={foldedFilter}
        selectFirstOptionOnChange
        nothingFoundMessage={t('users.fields.scopeNothingFound')}
        clearable
        hidePickedOptions
        error={error}
        data-testid="user-scope"
      />
    </Stack>
  );
}
