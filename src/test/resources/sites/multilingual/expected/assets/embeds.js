/*
 * site-gen embeds: a video placeholder becomes the player when the reader clicks it, and not
 * before (nothing is requested from the video's site until then). Loaded by each video embed;
 * runs once however many there are on a page.
 */
(function () {
  "use strict";
  if (window.siteGenEmbeds) {
    return;
  }
  window.siteGenEmbeds = true;
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-embed-src]");
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    var src = link.getAttribute("data-embed-src");
    if (!/^https:\/\/(www\.youtube-nocookie\.com\/embed\/|player\.vimeo\.com\/video\/)/.test(src)) {
      return;
    }
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = src + (src.indexOf("?") < 0 ? "?" : "&") + "autoplay=1";
    frame.title = link.getAttribute("data-embed-title") || "Video";
    frame.className = "embed-video__player";
    frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    link.replaceWith(frame);
    frame.focus();
  });
})();
