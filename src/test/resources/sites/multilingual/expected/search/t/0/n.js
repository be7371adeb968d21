window.__sitegenSearch("t/0/n",{"nbc":[1,3],"new":[1,3],"not":[6,3]});
