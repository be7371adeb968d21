window.__sitegenSearch("t/0/n",{"nbc":[1,3],"news":[1,3],"nous":[1,3]});
