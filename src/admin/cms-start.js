// Starts the browser editor (Decap CMS, loaded just before): the data files' format (a JSON
// list, edited as the field `entries`) and the interface in the editor's language where Decap
// ships it, English otherwise. The map of languages comes from the script tag's
// data-ui-locales, written by the build (src/integrations/editor.ts). See docs/editor.md.
/* global CMS */
(() => {
  const script = document.currentScript;
  const uiLocales = JSON.parse(script?.dataset.uiLocales ?? '{}');
  const format = script?.dataset.format ?? 'portal-json-list';

  CMS.registerCustomFormat(format, 'json', {
    fromFile: (text) => ({ entries: JSON.parse(text) }),
    toFile: (data) => `${JSON.stringify(data.entries ?? [], null, 2)}\n`,
  });

  const wanted = [...(navigator.languages ?? []), navigator.language ?? ''];
  const match = wanted
    .map((tag) => tag.toLowerCase())
    .flatMap((tag) => [tag, tag.split('-')[0]])
    .find((tag) => tag in uiLocales);
  CMS.init({ config: { locale: match ? uiLocales[match] : 'en' } });
})();
