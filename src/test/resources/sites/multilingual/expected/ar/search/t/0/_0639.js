window.__sitegenSearch("t/0/_0639",{"عام":[3,3],"على":[0,3]});
