window.__sitegenSearch("tags/currency",[3,8]);
