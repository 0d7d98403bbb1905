# Writes the man page OUTPUT for `kg COMMAND` (or kg itself when COMMAND is empty) from its --help with help2man,
# titled KG-COMMAND. Inputs: HELP2MAN, KG (the executable), COMMAND, NAME (the one-line description), OUTPUT.
if(COMMAND)
  set(help "${COMMAND} --help")
  set(title "KG-${COMMAND}")
else()
  set(help "--help")
  set(title "KG")
endif()
execute_process(COMMAND "${HELP2MAN}" --no-info --no-discard-stderr "--help-option=${help}" --version-option=--version
                        "--name=${NAME}" --section=1 "${KG}"
                OUTPUT_VARIABLE page RESULT_VARIABLE status ERROR_VARIABLE error)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed for kg ${COMMAND}: ${error}")
endif()
string(TOUPPER "${title}" title)
string(REGEX REPLACE "\n\\.TH KG " "\n.TH ${title} " page "${page}")
file(WRITE "${OUTPUT}" "${page}")
