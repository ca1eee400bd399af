// Decap CMS waits for cms-start.js, which registers the data files' format and the editor's
// language first (docs/editor.md).
window.CMS_MANUAL_INIT = true;
