window.__sitegenSearch("y/2023",[0]);
