// The catalog import form's field names, shared by the page and the use case (no server code here).
export const CATALOG_UPLOAD_FIELD = "catalogFiles";
export const CATALOG_PASTE_FIELD = "catalogText";
