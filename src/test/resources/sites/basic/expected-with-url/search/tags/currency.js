window.__sitegenSearch("tags/currency",[2,8]);
