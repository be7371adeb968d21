window.__sitegenSearch("y/2023",[118,2,2]);
