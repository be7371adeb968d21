window.__sitegenSearch("tags/sampleton",[6]);
