window.__sitegenSearch("t/t",{"tag":[1,2],"talk":[2,16],"taxonomy":[2,2],"term":[2,2],"tim":[0,1],"trad":[1,8,1,8],"two":[2,1]});
