/** The code of an offer or a cohort: typed when adding one, fixed once saved. */
import { TextField } from '../../components/form-fields';

interface CodeFieldProps {
  /** The saved code when editing: sent back unchanged, as the server finds the record by it. */
  saved: string | undefined;
  label: string;
  hint: string;
  errors: string[] | undefined;
}

export function CodeField({ saved, label, hint, errors }: CodeFieldProps) {
  if (saved !== undefined) return <input type="hidden" name="code" value={saved} />;
  return <TextField name="code" label={label} hint={hint} errors={errors} />;
}
