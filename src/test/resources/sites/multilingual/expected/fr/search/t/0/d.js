window.__sitegenSearch("t/0/d",{"de":[96,3,2,3],"declare":[98,3],"des":[96,3],"dessus":[96,3],"destruction":[96,3],"deux":[96,3],"diplomatie":[96,3,2,8]});
