window.__sitegenSearch("e/people/lena-dolor",[0,2,5,1,1,1]);
