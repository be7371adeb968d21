window.__sitegenSearch("t/0/d",{"de":[0,3,1,3],"declare":[1,3],"des":[0,3],"dessus":[0,3],"destruction":[0,3],"deux":[0,3],"diplomatie":[0,3,1,8]});
