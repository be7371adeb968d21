window.__sitegenSearch("t/0/_062a",{"تحادث":[3,3]});
