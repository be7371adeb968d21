window.__sitegenSearch("t/0/_0639",{"عام":[1,3],"على":[0,3]});
