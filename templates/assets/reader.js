// SiteGen's reading aids for phones; the page reads the same without them.
// 1. On a narrow screen the downloads and the contents start folded (each one tap away on its summary), so the
//    report's text begins on the first screen. The markup ships them open: without JavaScript nothing is hidden,
//    and the stylesheet already shows only the contents' top levels there.
// 2. On a touch screen the paragraph links (the ¶ a mouse sees on hover) stay out of the way; tapping a paragraph
//    offers one "copy link" button after it, which copies the paragraph's address, or puts it in the address bar
//    where copying is not allowed, and says which in a status message.
(function () {
  "use strict";
  var article = document.querySelector("article.report");
  if (!article) {
    return;
  }

  var narrow = window.matchMedia("(max-width: 37.5em)");
  if (narrow.matches) {
    var folds = document.querySelectorAll("details.fold");
    for (var i = 0; i < folds.length; i++) {
      folds[i].open = false;
    }
  }

  var touch = window.matchMedia("(hover: none)");
  var status = document.createElement("p");
  status.className = "copy-status visually-hidden";
  status.setAttribute("role", "status");
  article.appendChild(status);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy-link";
  button.textContent = article.getAttribute("data-copy-link") || "Copy link";
  var target = null;

  function linkTo(id) {
    var url = new URL(window.location.href);
    url.hash = id;
    return url.href;
  }

  function say(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  button.addEventListener("click", function (event) {
    event.stopPropagation();
    if (!target) {
      return;
    }
    var id = target.id;
    var url = linkTo(id);
    var inAddressBar = function () {
      window.history.replaceState(null, "", "#" + id);
      say(article.getAttribute("data-link-in-address-bar") || url);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () {
        say(article.getAttribute("data-link-copied") || "Link copied");
      }, inAddressBar);
    } else {
      inAddressBar();
    }
  });

  article.addEventListener("click", function (event) {
    if (!touch.matches || event.target.closest("a, button, summary, input")) {
      return;
    }
    var paragraph = event.target.closest(".report-body p[id], .report-body li[id]");
    if (!paragraph || paragraph === target) {
      return;
    }
    target = paragraph;
    paragraph.appendChild(button);
  });
})();
