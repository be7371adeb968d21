window.__sitegenSearch("tags/tags/currency",[2,8]);
