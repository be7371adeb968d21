window.__sitegenSearch("tags/sampleton",[7]);
