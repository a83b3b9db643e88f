export { fetchLiveLibrary, type LiveFetchOptions } from "./fetch-library.js";
