import { useState } from 'react';
import { Field } from './field';

// The URL is the state of a controlled field: what a person typed. The suggestion says so,
// not "long server work" for the handler's name.
export function LinkImporter({ onLoaded }: { onLoaded: (data: unknown) => void }) {
  const [link, setLink] = useState('');
  const [label, setLabel] = useState('/api/import/defaults');

  const handleImportLink = () =>
    fetch(link)
      .then((res) => res.json())
      .then(onLoaded);

  // State no field edits: the handler's name is still the reason.
  const handleImportDefaults = () =>
    fetch(label)
      .then((res) => res.json())
      .then(onLoaded);

  return (
    <form>
      <Field value={link} onChange={(event) => setLink(event.target.value)} />
      <span title={label} onClick={() => setLabel('')} />
      <button type="button" onClick={handleImportLink}>Import</button>
      <button type="button" onClick={handleImportDefaults}>Defaults</button>
    </form>
  );
}
