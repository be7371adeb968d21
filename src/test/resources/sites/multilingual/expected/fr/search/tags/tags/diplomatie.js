window.__sitegenSearch("tags/tags/diplomatie",[1]);
