import type { MessageTable } from "../catalogue-types.js";

/**
 * Reading an export (`reader.`), writing the output folder (`writer.`) and
 * showing saved reports (`report.`). Warnings are `reader.warning.*`: the
 * dashboard translates only warning keys found in a report.json.
 */
export const readerEn = {
  "reader.warning.duplicateEntry":
    '"{path}" appears twice in the archive; only the first copy was read.',
  "reader.warning.shapeMismatch":
    '"{path}" is named like {named} data but holds {holds} data; it was read as {holds}.',
  "reader.warning.duplicateHistory": {
    one: "{count} history entry appeared twice (same Trakt history id) and was counted once.",
    other:
      "{count} history entries appeared twice (same Trakt history ids) and were counted once.",
  },
  "reader.warning.listWithoutItems":
    'The list "{name}" is in lists-lists.json but its items file ({file}) is missing; it was not exported.',
  "reader.warning.truncated":
    '"{path}" holds exactly {entries} entries, a page size of Trakt\'s API: the backup may have saved only its first page. Check it against your Trakt profile.',
  "reader.inputSymlink":
    '"{path}" is a symbolic link; pass the real path of the export instead.',
  "reader.notFileOrFolder":
    '"{path}" is neither a file nor a folder. Pass a Trakt data export .zip or its folder.',
  "reader.fileTooBig":
    '"{path}" is {size} MiB, over the {limit} MiB limit for one file; it cannot be a Trakt export file.',
  "reader.cannotListFolder": 'Cannot list the folder "{path}": {reason}.',
  "reader.tooManyFiles":
    'The folder "{path}" holds more than {limit} files; a Trakt export has far fewer. Point --from at the export itself.',
  "reader.totalTooBig":
    '"{path}" would unpack to {size} MiB, over the {limit} MiB limit; it is not a plausible Trakt export (or it is a ZIP bomb). Nothing was written.',
  "reader.tooManyEntries":
    '"{path}" holds more than {limit} entries; a Trakt export has far fewer. Nothing was read.',
  "reader.zipDamaged":
    '"{path}" is damaged or unsafe ({reason}). Download the export from Trakt again.',
  "reader.entryTooBig":
    '"{path}" is {size} MiB, over the {limit} MiB limit for one file. Replace it with the file from your Trakt export; nothing was written.',
  "reader.entryInflation":
    '"{path}" inflates {ratio} times its compressed size, over the limit of {limit} (a ZIP bomb). Replace it with the file from your Trakt export; nothing was written.',
  "reader.entryEncrypted":
    '"{path}" is encrypted. Replace it with the file from your Trakt export; nothing was written.',
  "reader.entryNotRegular":
    '"{path}" is not a regular file (links and special files are not followed). Replace it with the file from your Trakt export; nothing was written.',
  "reader.entryCannotOpen":
    '"{path}" cannot be opened ({reason}). Replace it with the file from your Trakt export; nothing was written.',
  "reader.entryDamaged":
    'Cannot read "{path}" from "{zip}": {reason}. The archive looks damaged; download the export from Trakt again.',
  "reader.entrySizeMismatch":
    '"{path}" in "{zip}" does not inflate to the {declared} bytes its header declares: the archive is damaged or built to mislead (a ZIP bomb). Download the export from Trakt again; nothing was written.',
  "reader.entryOverCap":
    '"{path}" in "{zip}" inflates past {limit} MiB, the limit for one file (a ZIP bomb). Download the export from Trakt again; nothing was written.',
  "reader.tooDense":
    '"{path}" holds {containers} JSON objects or arrays in {bytes} bytes, far too many tiny values to be Trakt data. Use the files of your Trakt export; nothing was written.',
  "reader.notArray":
    '"{path}" should hold a JSON array of {kind} entries but holds {type}. Download the export from Trakt again; nothing was written.',
  "writer.cannotInspect": 'Cannot inspect "{path}": {reason}.',
  "writer.outputSymlink":
    'Refusing to write into "{path}": it is a symbolic link, and exports are never written through links. Pass --output with a real folder.',
  "writer.notAFolder":
    'Cannot write the export to "{path}": it exists and is not a folder. Pass --output with a folder path.',
  "writer.outsideOutput":
    'Refusing to write "{path}": it is outside the output folder.',
  "writer.cannotStage":
    'Cannot create a folder next to "{path}": {reason}. Check that the parent folder is writable.',
  "writer.folderNotCreated":
    'Could not create the folder "{path}": {reason}. Check that its parent folder exists and is writable.',
  "writer.settingFolderNotCreated":
    'Could not create the folder "{path}" ({setting}): {reason}. Make its parent folder writable, or set {setting} to a folder that is.',
  "writer.writeFailed":
    'Could not write the export to "{path}": {reason}. Nothing was changed there.',
  "writer.notConfirmed":
    'The export was moved into "{path}", but the system could not confirm that it reached the disk ({reason}). Check the folder before you upload its files.',
  "writer.rowTooLarge":
    "Row {row} of {file} is {bytes} bytes, too large for a file of at most {limit} bytes. Raise --max-bytes.",
  "writer.tooManyFolders":
    'Too many exports named "{name}" in "{path}". Pass --output with a folder of your choice.',
  "report.jobInternalError":
    "The export failed because of an internal error; the server log has the details.",
} as const satisfies MessageTable;
