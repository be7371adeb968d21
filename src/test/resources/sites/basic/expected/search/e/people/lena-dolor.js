window.__sitegenSearch("e/people/lena-dolor",[0,5,6,1,1,1]);
