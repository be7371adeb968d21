window.__sitegenSearch("t/0/s",{"se":[96,16],"secretaire":[96,3],"securite":[96,3],"selon":[98,16],"semaines":[96,3],"sommes":[98,3],"soutien":[98,3],"sur":[96,3]});
