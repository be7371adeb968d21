window.__sitegenSearch("y/2023",[96,2]);
