# Runs PROGRAM ARG and fails unless it exits with EXPECTED.
execute_process(COMMAND ${PROGRAM} ${ARG} RESULT_VARIABLE code OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT code EQUAL EXPECTED)
  message(FATAL_ERROR "${PROGRAM} ${ARG} exited ${code}, expected ${EXPECTED}\n${out}${err}")
endif()
message(STATUS "exit ${code} as expected\n${out}")
