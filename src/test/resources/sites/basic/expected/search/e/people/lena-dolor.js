window.__sitegenSearch("e/people/lena-dolor",[3,3,5,2]);
