window.__sitegenSearch("y/2023",[11,1,1,1,1,1,2]);
