window.__sitegenSearch("e/people/lena-dolor",[0,2,5,3]);
