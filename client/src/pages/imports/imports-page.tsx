/**
 * Data imports (PRODUCT.md §5, §6): choose the kind, upload a file, see every problem before
 * anything is saved, then commit a clean file; progress while the server reads; the history.
 * A check that finds problems is recorded by the server as a "rejected" import — it changes no
 * data, and the history then shows who tried to load what (§6: "every import is recorded").
 */

import { IMPORT_KINDS, type ImportKind } from '@ldm/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ErrorMessage } from '../../components/query-state';
import { LocalityChooser, usePageLocality } from '../../layout/page-locality';
import { nameOfPlace } from '../../lib/places';
import { useTRPC } from '../../lib/trpc';
import { ImportHistory } from './import-history';
import { KIND_NAMES } from './import-kinds';
import { ImportOutcome } from './import-outcome';
import { ImportProgress } from './import-progress';
import { type UploadedFile, uploadImportFile } from './upload-file';

export function ImportsPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const localityCode = usePageLocality();
  const [kind, setKind] = useState<ImportKind>('trainees');
  const [upload, setUpload] = useState<(UploadedFile & { kind: ImportKind }) | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const refreshHistory = () => queryClient.invalidateQueries({ queryKey: trpc.import.history.pathKey() });
  const commit = useMutation(trpc.import.commit.mutationOptions({ onSuccess: refreshHistory }));
  const validate = useMutation(
    trpc.import.validate.mutationOptions({
      onSuccess: (result) => {
        if (result.problemCount > 0) void refreshHistory();
      },
    }),
  );
  const sendFile = useMutation({ mutationFn: uploadImportFile });
  if (!localityCode) {
    return (
      <>
        <h1>Data imports</h1>
        <LocalityChooser basePath="/imports" current={null} />
      </>
    );
  }
  const check = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) {
      setFileError('Choose a CSV file to upload.');
      return;
    }
    setFileError(null);
    validate.reset();
    commit.reset();
    const uploaded = await sendFile.mutateAsync(file).catch(() => null);
    if (!uploaded) return;
    setUpload({ ...uploaded, kind });
    validate.mutate({ localityCode, uploadId: uploaded.uploadId, kind });
  };
  const running = sendFile.isPending || validate.isPending || commit.isPending;
  const result = commit.data ?? validate.data;
  const error = sendFile.error ?? validate.error ?? commit.error;
  return (
    <>
      <h1>Data imports: {nameOfPlace(localityCode)}</h1>
      <p className="lede">
        Load a CSV file of one kind (columns as in the import guide). The whole file is checked first and every problem
        is listed; a file with any problem changes nothing. A clean file is saved in one go, and loading the same file
        again changes nothing.
      </p>
      <LocalityChooser basePath="/imports" current={localityCode} />
      <section className="section" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Check and import a file</h2>
        <form className="entry-form" onSubmit={(event) => void check(event)} noValidate aria-label="Check a file">
          <div className="form-group">
            <label htmlFor="import-kind">Kind of file</label>
            <select id="import-kind" value={kind} onChange={(event) => setKind(event.target.value as ImportKind)}>
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_NAMES[k]}
                </option>
              ))}
            </select>
          </div>
          <div className={fileError ? 'form-group form-group-error' : 'form-group'}>
            <label htmlFor="import-file">CSV file</label>
            {fileError ? (
              <p id="import-file-error" className="field-error">
                {fileError}
              </p>
            ) : null}
            <input
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'import-file-error' : undefined}
            />
          </div>
          <button type="submit" className="button-primary" disabled={running}>
            Check the file
          </button>
        </form>
        {error ? <ErrorMessage error={error} /> : null}
        {running && upload && !sendFile.isPending ? (
          <ImportProgress localityCode={localityCode} uploadId={upload.uploadId} committing={commit.isPending} />
        ) : null}
        {sendFile.isPending ? <p role="status">Uploading…</p> : null}
        {result && upload && !running ? (
          <>
            <ImportOutcome
              result={result}
              fileName={upload.fileName}
              committed={commit.data !== undefined}
              localityCode={localityCode}
            />
            {result.problemCount === 0 && !commit.data ? (
              <button
                type="button"
                className="button-primary"
                onClick={() => commit.mutate({ localityCode, uploadId: upload.uploadId, kind: upload.kind })}
              >
                Import {upload.fileName}
              </button>
            ) : null}
          </>
        ) : null}
      </section>
      <ImportHistory localityCode={localityCode} />
    </>
  );
}
