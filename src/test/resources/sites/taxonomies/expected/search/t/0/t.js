window.__sitegenSearch("t/0/t",{"tag":[1,2],"talk":[0,16],"taxonomy":[0,2],"term":[0,2],"tim":[2,1],"trad":[0,8,1,8],"two":[0,1]});
