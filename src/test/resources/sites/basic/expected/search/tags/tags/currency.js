window.__sitegenSearch("tags/tags/currency",[3,8]);
