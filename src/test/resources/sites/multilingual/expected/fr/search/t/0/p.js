window.__sitegenSearch("t/0/p",{"par":[98,3],"preoccupes":[98,3]});
