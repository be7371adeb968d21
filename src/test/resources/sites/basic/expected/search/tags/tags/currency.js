window.__sitegenSearch("tags/tags/currency",[5,9]);
