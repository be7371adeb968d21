window.__sitegenSearch("tags/tags/diplomatie",[98]);
