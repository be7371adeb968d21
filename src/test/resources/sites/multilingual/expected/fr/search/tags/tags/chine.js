window.__sitegenSearch("tags/tags/chine",[96,2]);
