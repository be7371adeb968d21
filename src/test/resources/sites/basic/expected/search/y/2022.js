window.__sitegenSearch("y/2022",[0,2,3,1,1,1,1]);
