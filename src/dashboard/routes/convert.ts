import { parseExportChoices } from "../choices.js";
import { convertUploadedExport } from "../convert-job.js";
import { renderPage } from "../layout.js";
import { renderConvertPage } from "../pages/convert-page.js";
import { requireSession } from "../request-context.js";
import { sendHtml } from "../respond.js";
import type { Route } from "../router.js";
import { receiveUpload } from "../upload.js";

import { startExportJob } from "./jobs.js";

export const CONVERT_ROUTES: readonly Route[] = [
  {
    method: "GET",
    pattern: "/convert",
    access: "session",
    handle: (context) => {
      const title = context.t("convert.title");
      const page = renderPage(context, title, renderConvertPage(context));
      sendHtml(context.response, 200, page);
      return Promise.resolve();
    },
  },
  {
    method: "POST",
    pattern: "/convert",
    access: "session",
    body: "upload",
    handle: async (context) => {
      const { deps } = context.state;
      const upload = await receiveUpload(context.request, {
        maxBytes: deps.maxUploadBytes,
        tempRoot: deps.tempRoot,
        csrfToken: requireSession(context).csrfToken,
        fileField: "export",
      });
      let choices;
      try {
        choices = parseExportChoices(upload.fields);
      } catch (error) {
        await upload.remove();
        throw error;
      }
      await startExportJob(
        context,
        "upload",
        (onEvent) =>
          convertUploadedExport(deps, {
            zipPath: upload.filePath,
            originalName: upload.originalName,
            choices,
            onEvent,
          }),
        upload.remove,
      );
    },
  },
];
