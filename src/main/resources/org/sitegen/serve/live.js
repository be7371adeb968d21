// site-gen serve: reloads the page after each successful rebuild and shows build problems
// over the last good page. Injected by the preview server only, never part of a built site.
(function () {
  'use strict';
  // Until the first good build the server answers every URL with a page that holds only this
  // box (marked data-no-site); it is styled and kept current like the overlay, and a good build
  // ("reload", or "ok" when the build succeeded before this page connected) loads the real page.
  var overlay = document.getElementById('site-gen-problems');
  var noSite = overlay !== null && overlay.hasAttribute('data-no-site');
  var style = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'margin:0;padding:1em 1.25em;background:#2b0b0b;color:#ffe9e9;border-top:4px solid #e5484d;' +
      'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;';
  if (noSite) {
    overlay.style.cssText = style + 'inset:0;max-height:none;';
  }

  function hideProblems() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showProblems(text) {
    if (noSite) {
      overlay.lastChild.textContent = text;
      return;
    }
    hideProblems();
    overlay = document.createElement('div');
    overlay.id = 'site-gen-problems';
    overlay.setAttribute('role', 'alert');
    overlay.style.cssText = style;
    var title = document.createElement('strong');
    title.textContent = 'site-gen: the last change broke the build; showing the last good page.\n\n';
    var body = document.createElement('span');
    body.textContent = text;
    overlay.appendChild(title);
    overlay.appendChild(body);
    document.body.appendChild(overlay);
  }

  var source = new EventSource('/__site-gen/events');
  source.addEventListener('reload', function () { location.reload(); });
  source.addEventListener('problems', function (event) { showProblems(event.data); });
  source.addEventListener('ok', function () {
    if (noSite) { location.reload(); } else { hideProblems(); }
  });
})();
