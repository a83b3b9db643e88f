import type { MessageTable } from "../catalogue-types.js";

/**
 * Errors raised below the CLI with `localize(key, params)`. Each keeps every
 * detail of the English text (file, flag, value, next step) as a placeholder,
 * so that no language loses what the user needs to fix the problem.
 */
export const errorsEn = {
  "usage.positiveInteger":
    '{flag} must be a whole number greater than 0, not "{value}".',
  "usage.unknownOption":
    "Unknown option '{option}'. Run \"{path} --help\" for the usage.",
  "usage.unknownOptionTop":
    'Unknown option \'{option}\'. Run "{path} --help" for the usage. Options go after the command, as in "export-trakt export --from FILE".',
  "usage.unknownOptionSuggestion":
    "Unknown option '{option}' (Did you mean {suggestion}?). Run \"{path} --help\" for the usage.",
  "usage.unknownOptionSuggestionTop":
    'Unknown option \'{option}\' (Did you mean {suggestion}?). Run "{path} --help" for the usage. Options go after the command, as in "export-trakt export --from FILE".',
  "usage.unknownCommand":
    "Unknown command '{command}'. Run \"{path} --help\" for the usage.",
  "usage.unknownCommandSuggestion":
    "Unknown command '{command}' (Did you mean {suggestion}?). Run \"{path} --help\" for the usage.",
  "usage.missingArgument":
    "Missing required argument '{argument}'. Run \"{path} --help\" for the usage.",
  "usage.optionMissingArgument":
    "Option '{option}' argument missing. Run \"{path} --help\" for the usage.",
  "usage.missingMandatoryOption":
    "Required option '{option}' not specified. Run \"{path} --help\" for the usage.",
  "usage.invalidChoice":
    "Option '{option}' argument '{value}' is invalid. Allowed choices are {choices}. Run \"{path} --help\" for the usage.",
  "usage.timezone":
    '--timezone "{value}" is not a known IANA time zone. Use a name such as "Europe/Paris", "America/New_York" or "UTC".',
  "usage.exportUnknown":
    '--export "{value}" is not something this tool exports. Use a comma-separated list of {kinds}, or "all".',
  "usage.exportEmpty": '--export needs at least one of {kinds}, or "all".',
  "usage.since":
    '--since "{value}" is not a calendar date. Write it as YYYY-MM-DD, for example 2024-01-31.',
  "usage.outputEmpty":
    "--output is empty. Give the folder to write, for example --output exports/letterboxd.",
  "usage.maxBytesTooSmall":
    "--max-bytes must be at least {minimum}, not {value}.",
  "usage.userWithFrom":
    "--user exports from the Trakt API and cannot be combined with --from; drop one of them.",
  "usage.outputContainsInput":
    '--output "{output}" contains the input "{input}": writing there could destroy the export being read. Choose another --output folder.',
  "input.missing":
    'Cannot open "{path}": it does not exist. Pass --from with the path of your Trakt data export (a .zip file or the folder it unpacks to).',
  "input.cannotOpen":
    'Cannot open "{path}": {reason}. Pass --from with the path of your Trakt data export (a .zip file or the folder it unpacks to).',
  "input.notZip":
    '"{path}" is not a ZIP archive, a folder, or a .json/.txt file. Pass your Trakt data export (.zip) or a raw-API backup.',
  "input.unreadableZip":
    '"{path}" is not a readable ZIP archive ({reason}). Download the export again from Trakt.',
  "input.notJson":
    '"{path}" is not valid JSON ({reason}). Download the export from Trakt again; nothing was written.',
  "input.noFilmData":
    'No Trakt film data was found in "{path}" (files looked at: {files}). Pass the ZIP from Trakt\'s "Export your data" page, or a folder with files such as watched-history.json and ratings-movies.json.',
  "output.notEmpty":
    'The output folder "{path}" already has files in it. Choose another --output, or pass --force to replace its content.',
  "output.notAnExport":
    'Refusing to replace "{path}": --force only replaces an earlier export (a folder with this tool\'s report.json), and this folder holds other files. Choose an empty or new --output folder.',
  "credentials.noClientId":
    'No Trakt client id is set. Put your app\'s values from https://app.trakt.tv/settings/apps in the credential store ("export-trakt credentials set"), the config file ([trakt] client_id), or {idVariable} and {secretVariable}; or use --from with a Trakt data export instead.',
  "credentials.noClientSecret":
    "The Trakt login needs the app's client secret. Set {secretVariable} to the secret shown at https://app.trakt.tv/settings/apps.",
  "credentials.noLogin":
    'No Trakt login is stored. Run "export-trakt auth" to log in, or pass --user NAME to export a public profile.',
  "credentials.noClientForTokens":
    'Cannot store the Trakt tokens without the app\'s client id and secret. Run "export-trakt credentials set" first.',
  "credentials.unknownDeviceCode":
    'Trakt does not know this device code. Run "export-trakt auth" again.',
  "credentials.deviceCodeUsed":
    'This device code was already used. Run "export-trakt auth" again for a new one.',
  "credentials.loginDenied":
    'The login was denied on Trakt. Run "export-trakt auth" again and approve it to continue.',
  "credentials.deviceCodeExpired":
    'The device code expired before it was approved. Run "export-trakt auth" again and enter the code within the time shown.',
  "trakt.status401":
    '{method} {path} failed with HTTP {status}{detail}. Trakt did not accept the login. Run "export-trakt auth" to log in again.',
  "trakt.status423":
    "{method} {path} failed with HTTP {status}{detail}. The Trakt account is locked or deactivated; sign in on trakt.tv to sort it out, then try again.",
  "trakt.status426":
    "{method} {path} failed with HTTP {status}{detail}. This needs Trakt VIP; upgrade the account on trakt.tv, or export from your data export with --from instead.",
  "record.symlink": "it is a symbolic link",
  "record.notRegular": "it is not a regular file",
  "record.tooLarge": "it is larger than {limit} bytes",
} as const satisfies MessageTable;
