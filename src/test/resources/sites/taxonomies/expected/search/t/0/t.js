window.__sitegenSearch("t/0/t",{"tag":[120,2],"talk":[118,16],"taxonomy":[118,2],"term":[118,2],"tim":[122,1],"trad":[118,8,2,8],"two":[118,1]});
