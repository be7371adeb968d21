window.__sitegenSearch("t/0/g",{"giv":[7,1],"goe":[4,1],"good":[3,1],"government":[8,3],"grain":[5,3],"grow":[5,1],"growth":[13,3]});
